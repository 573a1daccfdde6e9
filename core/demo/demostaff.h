#pragma once

#include "demo/demogenerator.h"

namespace opora::demo {

// Specialists, psychologists and heads in every department of the profile.
void addDemoStaff(Database &db, const DemoOptions &options);

} // namespace opora::demo
