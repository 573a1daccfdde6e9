#pragma once

// Lets Catch print Qt values in failure messages.
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.toString(Qt::ISODate).toStdString();
    }
};

template <>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value) { return value.toString().toStdString(); }
};

} // namespace Catch
