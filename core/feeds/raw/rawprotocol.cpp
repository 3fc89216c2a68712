// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawprotocol.h"

#include <QCoreApplication>

#include "json/jsondom.h"
#include "json/jsonreader.h"

namespace Feedscope {

RawProtocol::RawProtocol()
    : m_reader(std::make_unique<JsonReader>())
{ }

RawProtocol::~RawProtocol() = default;

void RawProtocol::decode(const Frame &frame, DecodeResult &out)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    if (frame.binary) {
        msg.type = "(binary)";
        return;
    }
    Json::Element root;
    if (auto err = Json::parse(m_reader->parser(), frame.bytes, root)) {
        msg.status = MessageStatus::Malformed;
        msg.error = QCoreApplication::translate("Feedscope::RawProtocol", "not JSON: %1")
                            .arg(Json::errorText(err));
        return;
    }
    Json::Object o;
    if (root.get_object().get(o)) {
        msg.type = root.is_array() ? "(array)" : "(value)";
        return;
    }
    auto typeOf = [&](std::string_view key) -> std::optional<QByteArray> {
        auto e = Json::member(o, key);
        if (!e)
            return std::nullopt;
        if (auto s = Json::string(*e))
            return QByteArray(s->data(), qsizetype(s->size()));
        if (e->is_number() || e->is_bool())
            return Json::compact(*e);
        return std::nullopt;
    };
    if (!m_key.isEmpty()) {
        msg.type = typeOf(std::string_view(m_key.constData(), size_t(m_key.size())))
                           .value_or("(none)");
        return;
    }
    for (std::string_view k : {"type", "event", "action"}) {
        if (auto t = typeOf(k)) {
            msg.type = *t;
            return;
        }
    }
    msg.type = "(object)";
}

std::vector<FrameTemplate> RawProtocol::frameTemplates() const
{
    return {{QCoreApplication::translate("Feedscope::RawProtocol", "A JSON message"),
                    R"({"type": "ping"})"},
            {QCoreApplication::translate("Feedscope::RawProtocol", "Plain text"), "hello"}};
}

QString RawProtocol::summarize(QByteArrayView frame)
{
    QString s = QString::fromUtf8(frame.first(std::min<qsizetype>(frame.size(), 200)));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

} // namespace Feedscope
