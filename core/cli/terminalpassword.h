#pragma once

#include <QString>

#include <optional>

namespace opora {

// Asks for a password on the terminal without echoing it: prompt on stderr, the answer from
// stdin. Nothing (std::nullopt) when stdin is not a terminal, so scripts never hang on it.
std::optional<QString> readPasswordFromTerminal(const QString &prompt);

} // namespace opora
