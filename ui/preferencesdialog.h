// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Feedscope {
class Settings;
} // namespace Feedscope

namespace Feedscope::Ui {

// The application's preferences: the caps of new connections, highlighting, tombstones and the
// language. Reads the settings when made; save() writes them back.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);
    // Writes the settings; returns whether the language changed (and to what, in language).
    bool save(QString *language);

private:
    Settings *m_settings;
    QSpinBox *m_logCap;
    QSpinBox *m_history;
    QSpinBox *m_historyTotal;
    QCheckBox *m_highlight;
    QSpinBox *m_duration;
    QCheckBox *m_tombstones;
    QCheckBox *m_restoreTabs;
    QComboBox *m_language;
    QComboBox *m_appearance;
};

} // namespace Feedscope::Ui
