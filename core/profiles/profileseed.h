#pragma once

#include "db/database.h"

namespace opora {

// Fills a new database with the reference lists, departments and the administrator account of
// the region profile. Runs inside the caller's transaction.
void seedProfile(Database &db, Profile profile);

} // namespace opora
