#pragma once

#include "access/signindialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimer>

#include <functional>

namespace opora::test {

// When the sign-in dialog comes up (it is modal and blocks the test), types the demo
// administrator's password into it and accepts; `seen` runs first, while it is up.
inline void signInWhenAsked(std::function<void()> seen = {})
{
    QTimer::singleShot(20, [seen] {
        auto *dialog = qobject_cast<ui::SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            signInWhenAsked(seen);
            return;
        }
        if (seen)
            seen();
        auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("login"));
        if (!login->isReadOnly())
            login->setText(QStringLiteral("admin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("demo"));
        dialog->accept();
    });
}

} // namespace opora::test
