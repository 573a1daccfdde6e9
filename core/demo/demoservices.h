#pragma once

#include "demo/demogenerator.h"

namespace opora::demo {

// A year of work: services recorded for every case that got past its first days, and group
// events — a school of motherhood course, classes, trainings for specialists, round tables,
// mobile brigade visits — with named attendance and headcounts.
void addDemoServices(Database &db, const DemoOptions &options);
void addDemoEvents(Database &db, const DemoOptions &options);

} // namespace opora::demo
