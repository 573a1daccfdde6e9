#pragma once

#include <QIcon>

namespace opora::ui {

// Opora's icon in every rendered size (resources/icons), for windows and dialogs.
QIcon applicationIcon();

} // namespace opora::ui
