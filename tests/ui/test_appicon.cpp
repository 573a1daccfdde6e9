#include "appicon.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("the application icon carries every rendered size", "[ui][icon]")
{
    const QIcon icon = opora::ui::applicationIcon();
    const QList<QSize> sizes = icon.availableSizes();
    for (int side : {16, 22, 24, 32, 48, 64, 128, 256}) {
        INFO("size " << side);
        CHECK(sizes.contains(QSize(side, side)));
    }
    // A 16 px pixmap comes from the 16 px rendering, not from a scaled-down large one.
    const QImage small = icon.pixmap(16, 16).toImage();
    CHECK(small.size() == QSize(16, 16));
    CHECK(small == QImage(u":/opora/icons/opora-16.png"_s).convertToFormat(small.format()));
}
