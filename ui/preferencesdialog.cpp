// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "appearance.h"
#include "settings/settings.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"preferences"_s);
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_logCap = new QSpinBox(this);
    m_logCap->setRange(1000, 50000000);
    m_logCap->setSingleStep(100000);
    m_logCap->setValue(int(m_settings->value(Settings::Key::LogMaxEntries).toLongLong()));
    m_history = new QSpinBox(this);
    m_history->setRange(0, 10000);
    m_history->setValue(m_settings->value(Settings::Key::HistoryPerNode).toInt());
    m_historyTotal = new QSpinBox(this);
    m_historyTotal->setRange(0, 50000000);
    m_historyTotal->setSingleStep(100000);
    m_historyTotal->setValue(m_settings->value(Settings::Key::HistoryTotal).toInt());
    m_highlight = new QCheckBox(tr("Highlight changes"), this);
    m_highlight->setChecked(m_settings->value(Settings::Key::HighlightEnabled).toBool());
    m_duration = new QSpinBox(this);
    m_duration->setRange(100, 60000);
    m_duration->setSuffix(tr(" ms"));
    m_duration->setValue(m_settings->value(Settings::Key::HighlightMs).toInt());
    m_tombstones = new QCheckBox(tr("Keep deleted entities until cleared"), this);
    m_tombstones->setChecked(m_settings->value(Settings::Key::KeepTombstones).toBool());
    m_restoreTabs = new QCheckBox(tr("Reopen the last session's tabs at start"), this);
    m_restoreTabs->setObjectName(QStringLiteral("restoreTabs"));
    m_restoreTabs->setToolTip(tr("Connections with their subscriptions, the demo and "
                                 "recordings. Passwords come from the system's keychain, or "
                                 "are asked for."));
    m_restoreTabs->setChecked(m_settings->value(Settings::Key::RestoreTabs).toBool());
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(std::max(
            0, m_language->findData(m_settings->value(Settings::Key::Language).toString())));
    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(u"appearance"_s);
    m_appearance->addItem(tr("As the desktop"), appearanceName(Appearance::System));
    m_appearance->addItem(tr("Light"), appearanceName(Appearance::Light));
    m_appearance->addItem(tr("Dark"), appearanceName(Appearance::Dark));
    m_appearance->setCurrentIndex(std::max(0,
            m_appearance->findData(appearanceName(
                    appearanceFromName(m_settings->value(Settings::Key::Appearance).toString())))));
    m_appearance->setToolTip(tr("Light and Dark apply at once; as the desktop follows its "
                                "light or dark setting where the system tells Qt."));
    form->addRow(tr("Log: frames kept"), m_logCap);
    form->addRow(tr("History: versions per entity"), m_history);
    form->addRow(tr("History: versions in all"), m_historyTotal);
    form->addRow(m_highlight);
    form->addRow(tr("Highlight fades over"), m_duration);
    form->addRow(m_tombstones);
    form->addRow(m_restoreTabs);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Appearance"), m_appearance);
    form->addRow(new QLabel(tr("Caps apply to connections opened from now on."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

bool PreferencesDialog::save(QString *language)
{
    m_settings->setValue(Settings::Key::LogMaxEntries, qint64(m_logCap->value()));
    m_settings->setValue(Settings::Key::HistoryPerNode, m_history->value());
    m_settings->setValue(Settings::Key::HistoryTotal, m_historyTotal->value());
    m_settings->setValue(Settings::Key::HighlightEnabled, m_highlight->isChecked());
    m_settings->setValue(Settings::Key::HighlightMs, m_duration->value());
    m_settings->setValue(Settings::Key::KeepTombstones, m_tombstones->isChecked());
    m_settings->setValue(Settings::Key::RestoreTabs, m_restoreTabs->isChecked());
    m_settings->setValue(Settings::Key::Appearance, m_appearance->currentData().toString());
    const QString lang = m_language->currentData().toString();
    const bool changed = lang != m_settings->value(Settings::Key::Language).toString();
    if (changed) {
        m_settings->setValue(Settings::Key::Language, lang);
        *language = lang;
    }
    m_settings->sync();
    return changed;
}

} // namespace Feedscope::Ui
