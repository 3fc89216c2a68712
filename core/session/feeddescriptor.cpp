// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddescriptor.h"

#include <algorithm>

#include <QCoreApplication>

namespace Feedscope {

bool AuthMode::asks(CredentialField::Target target) const
{
    return std::any_of(fields.begin(), fields.end(),
            [target](const CredentialField &f) { return f.target == target; });
}

QString FeedDescriptor::displayTitle() const
{
    return QCoreApplication::translate("Feedscope::Feed", title);
}

const AuthMode *FeedDescriptor::authMode(QStringView modeId) const
{
    for (const AuthMode &m : authModes) {
        if (modeId == QLatin1StringView(m.id))
            return &m;
    }
    return nullptr;
}

const FeedSetting *FeedDescriptor::setting(QStringView key) const
{
    for (const FeedSetting &s : settings) {
        if (key == QLatin1StringView(s.key))
            return &s;
    }
    return nullptr;
}

} // namespace Feedscope
