#pragma once

#include "demo/demogenerator.h"

namespace opora::demo {

// Families of three kinds — minor mothers, families raising a child with a disability,
// families in a difficult life situation — with consents, cases in every status, their
// history, circumstances and notes.
void addDemoFamilies(Database &db, const DemoOptions &options);

} // namespace opora::demo
