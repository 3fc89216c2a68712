// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every core library: linking QtWidgets or QtGui into core defines these macros
// for its sources, and the build stops here (the layering rule of ARCHITECTURE.md).
#if defined(QT_WIDGETS_LIB)
#error "core/ must not use QtWidgets: move the code to ui/"
#endif
#if defined(QT_GUI_LIB)
#error "core/ must not use QtGui: keep colours and icons in ui/ (see STYLE.md)"
#endif

namespace Feedscope::Detail {
int coreLayerGuard()
{
    return 0;
}
} // namespace Feedscope::Detail
