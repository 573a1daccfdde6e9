#pragma once

#include "demo/demogenerator.h"

namespace opora::demo {

// Three projects like those the centre reports on at round tables: support of minor mothers
// with a school of motherhood and mentors, a family counselling point, and home services for
// children with disabilities. Services and events of their target groups are attributed to
// them, people enrolled, volunteers log hours, and each project has indicators of several
// methods, some achieved and some behind.
void addDemoProjects(Database &db, const DemoOptions &options);

} // namespace opora::demo
