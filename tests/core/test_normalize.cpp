#include "catch_qt.h"
#include "text/normalize.h"

using namespace Qt::StringLiterals;
using namespace opora;

TEST_CASE("search keys fold case, ё and punctuation", "[normalize]")
{
    CHECK(searchKey(u"Ёлкина"_s) == u"елкина"_s);
    CHECK(searchKey(u"ЕЛКИНА"_s) == searchKey(u"ёлкина"_s));
    CHECK(searchKey(u"Петрова-Водкина"_s) == u"петроваводкина"_s);
    CHECK(searchKey(u"Мар'яна"_s) == searchKey(u"Марʼяна"_s));
    CHECK(searchKey(u"Йовенко"_s) == u"йовенко"_s);
    CHECK(searchKey(u"Їжакевич Ґалина"_s) == u"їжакевичґалина"_s);
    CHECK(searchKey(u"McDonald  O'Neil"_s) == u"mcdonaldoneil"_s);
    CHECK(searchKey(u""_s).isEmpty());
}

TEST_CASE("phone keys keep the national number", "[normalize]")
{
    CHECK(phoneKey(u"+7 (903) 123-45-67"_s) == u"9031234567"_s);
    CHECK(phoneKey(u"8 903 1234567"_s) == u"9031234567"_s);
    CHECK(phoneKey(u"+380 67 123 4567"_s) == u"0671234567"_s);
    CHECK(phoneKey(u"067-123-45-67"_s) == u"0671234567"_s);
    CHECK(phoneKey(u"45-67"_s) == u"4567"_s);
    CHECK(reversedKey(u"12345"_s) == u"54321"_s);
}
