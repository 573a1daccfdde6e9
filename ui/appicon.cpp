#include "appicon.h"

#include <QDirIterator>

using namespace Qt::StringLiterals;

namespace opora::ui {

QIcon applicationIcon()
{
    // PNG renderings rather than the SVG: they need no SVG plug-in and are drawn crisp at 16 px.
    QIcon icon;
    QDirIterator it(u":/opora/icons"_s, {u"opora-*.png"_s}, QDir::Files);
    while (it.hasNext())
        icon.addFile(it.next());
    return icon;
}

} // namespace opora::ui
