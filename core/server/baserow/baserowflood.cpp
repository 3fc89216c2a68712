// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTcpSocket>
#include <QWebSocket>

#include "baserowimitation.h"
#include "logging.h"
#include "server/rawwebsocket.h"
#include "server/servercontext.h"

using namespace Qt::StringLiterals;

// The Baserow imitation's flood: rows_updated frames as fast as the sockets take them, made by
// splicing cached row texts rather than by serialising.
namespace Feedscope::Server {

void BaserowImitation::generateRows(qint64 tableId, int count)
{
    BrTable *t = m_data.table(tableId);
    if (!t)
        return;
    double order = t->nextOrder().toDouble();
    t->rows.reserve(t->rows.size() + size_t(count));
    for (int i = 0; i < count; ++i) {
        BrRow r;
        r.id = m_data.nextId("row");
        r.order = QString::number(order++, 'f', 20);
        for (const auto &f : t->fields) {
            if (f.type == u"text")
                r.cells.insert(f.id, u"Item %1"_s.arg(r.id));
            else if (f.type == u"number")
                r.cells.insert(f.id, m_data.normaliseCell(f, double(r.id % 1000)));
            else if (f.type == u"boolean")
                r.cells.insert(f.id, r.id % 2 == 0);
        }
        t->rows.push_back(std::move(r));
    }
    t->reindex();
}

const BaserowImitation::FloodTemplate &BaserowImitation::floodTemplate(
        const BrTable &t, size_t rowPosition, qint64 numberField)
{
    if (m_floodTemplates.size() != t.rows.size())
        m_floodTemplates.assign(t.rows.size(), FloodTemplate());
    FloodTemplate &ft = m_floodTemplates[rowPosition];
    if (!ft.prefix.isEmpty())
        return ft;
    const BrRow &r = t.rows[rowPosition];
    // Render the row with a marker in the number cell, then cut the text around it.
    BrRow marked = r;
    marked.cells.insert(numberField, u"\u0001"_s);
    const QByteArray text = encode(m_data.rowObject(t, marked));
    const QByteArray marker = QByteArrayLiteral("\"\\u0001\"");
    const qsizetype at = text.indexOf(marker);
    ft.prefix = text.left(at);
    ft.suffix = text.mid(at + marker.size());
    ft.value = r.cells.value(numberField).toJson(OValue::Style::Python);
    return ft;
}

int BaserowImitation::floodRowsUpdated(qint64 tableId, int count)
{
    BrTable *t = m_data.table(tableId);
    if (!t || t->rows.empty() || count <= 0)
        return 0;
    const BrField *numberField = nullptr;
    for (const auto &f : t->fields) {
        if (f.type == u"number") {
            numberField = &f;
            break;
        }
    }
    if (!numberField)
        return 0;
    const QString group = u"table-"_s + QString::number(tableId);
    QList<Conn *> targets;
    for (Conn *c : std::as_const(m_conns)) {
        if (c->ws && std::any_of(c->pages.begin(), c->pages.end(), [&](const Page &p) {
                return p.group == group;
            }))
            targets.append(c);
    }
    if (targets.isEmpty())
        return 0;
    // Fast path, for benchmarks: frames built by splicing cached row texts, and written to the
    // sockets in batches. The bytes on the wire are what QWebSocket would send. With faults
    // on, or without the socket, every frame goes through ServerContext::send instead.
    const bool direct = !m_ctx->faults.any()
            && std::all_of(targets.begin(), targets.end(), [](Conn *c) { return c->tcp; });
    const int places = int(numberField->extra.value(u"number_decimal_places").toInt());
    const QByteArray head = "{\"type\": \"rows_updated\", \"table_id\": "
            + QByteArray::number(t->id) + ", \"rows_before_update\": [";
    const QByteArray tail = "], \"metadata\": {}, \"updated_field_ids\": ["
            + QByteArray::number(numberField->id) + "]}";
    QByteArray message;
    message.reserve(1024);
    QByteArray batch;
    batch.reserve(qsizetype(count) * 400);
    // Every row's template first, so the flood itself only splices.
    if (m_floodTemplates.size() != t->rows.size() || m_floodTemplates.front().prefix.isEmpty()
            || m_floodTemplates.back().prefix.isEmpty()) {
        for (size_t i = 0; i < t->rows.size(); ++i)
            floodTemplate(*t, i, numberField->id);
    }
    std::uniform_int_distribution<size_t> pick(0, t->rows.size() - 1);
    std::uniform_int_distribution<int> cents(0, 99999);
    for (int i = 0; i < count; ++i) {
        const size_t position = pick(m_ctx->rng);
        BrRow &r = t->rows[position];
        FloodTemplate &ft = m_floodTemplates[position];
        const int c = cents(m_ctx->rng);
        QByteArray value;
        if (places == 2) { // the demo's price field: no floating point on the hot path
            value = '"' + QByteArray::number(c / 100) + '.' + char('0' + c % 100 / 10)
                    + char('0' + c % 10) + '"';
        } else {
            value = '"' + QByteArray::number(double(c) / 100.0, 'f', places) + '"';
        }
        r.cells.insert(numberField->id, QString::fromLatin1(value.sliced(1, value.size() - 2)));
        message.clear();
        message += head;
        message += ft.prefix;
        message += ft.value;
        message += ft.suffix;
        message += "], \"rows\": [";
        message += ft.prefix;
        message += value;
        message += ft.suffix;
        message += tail;
        ft.value = std::move(value);
        if (direct) {
            RawWebSocket::appendFrame(batch, 0x1, message);
            for (int k = 0; k < targets.size(); ++k)
                m_ctx->countFrame(message.size());
        } else {
            for (Conn *c : targets)
                send(c, message);
        }
    }
    if (direct) {
        for (Conn *c : targets)
            c->tcp->write(batch);
    }
    return count;
}

void BaserowImitation::prepareFlood(const QString &target, int generatedRows)
{
    if (generatedRows > 0)
        generateRows(target.toLongLong(), generatedRows);
}

int BaserowImitation::flood(const QString &target, int count)
{
    return floodRowsUpdated(target.toLongLong(), count);
}

int BaserowImitation::floodSubscribers(const QString &target) const
{
    return pageSubscribers(target.toLongLong());
}

} // namespace Feedscope::Server
