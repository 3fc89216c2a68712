// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

namespace Feedscope {

enum class SubscriptionState : quint8 {
    Pending, // sent, no answer yet
    Confirmed, // the server said yes (page_add, a status below 400)
    Refused, // no answer in time (Baserow refuses silently) or an error answer
    Discarded, // the server dropped it (page_discard), asked or not
    Unsubscribing, // remove sent, answer awaited
    Waiting, // wanted, will be sent once connected
    Ended, // the server completed it (a GraphQL stream that finished)
};

QString subscriptionStateName(SubscriptionState s);
// Untranslated and stable ("confirmed"): in recordings.
QString subscriptionStateId(SubscriptionState s);
std::optional<SubscriptionState> subscriptionStateFromId(QStringView id);

struct Subscription
{
    QString key; // canonical: "table:5101", "row:5101:12", "path:/ui/dashboards"
    QString spec; // as the user gave it (a GraphQL document's key is not its text)
    QByteArray subscribeFrame;
    QByteArray unsubscribeFrame;
    QString correlationId; // when the protocol answers by id
    SubscriptionState state = SubscriptionState::Waiting;
    qint64 sinceMs = 0; // wall clock of the last state change
    QString note;
    bool wanted = true; // re-sent after every reconnect
    int sends = 0;
};

// The subscriptions of a session with their states; the session drives it.
class SubscriptionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, StateColumn, SinceColumn, NoteColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    const QList<Subscription> &subscriptions() const { return m_subs; }
    int indexOf(const QString &key) const;
    int indexOfCorrelation(const QString &id) const;
    const Subscription *find(const QString &key) const;
    void upsert(const Subscription &sub);
    void setState(const QString &key, SubscriptionState state, const QString &note = {},
            qint64 wallMs = -1);
    void setWanted(const QString &key, bool wanted);
    void markSent(const QString &key, qint64 wallMs);
    void remove(const QString &key);
    int count(SubscriptionState s) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void stateChanged(const QString &key, Feedscope::SubscriptionState state);
    void removed(const QString &key);

private:
    QList<Subscription> m_subs;
};

} // namespace Feedscope
