#pragma once

#include "db/database.h"

#include <QCoreApplication>

#include <functional>

namespace opora::demo {

struct DemoOptions
{
    Profile profile = Profile::Ru;
    int size = 1;        // 1: about 200 people and 120 cases; scales linearly
    quint64 seed = 2025; // the same seed gives the same data (on the same day)
};

// A step of the demo: reads what earlier steps wrote and adds its own records.
struct DemoStep
{
    const char *name;
    std::function<void(Database &, const DemoOptions &)> run;
};

// The steps, in the order they run: staff, families with their cases, services, events.
QList<DemoStep> demoSteps();

// Fills a freshly created database with a fictional centre, in one transaction, and marks it
// as a demo database (setting "demo" = "1").
void generateDemo(Database &db, const DemoOptions &options);

// Creates a new demo database at path (refusing an existing file).
std::unique_ptr<Database> createDemoDatabase(const QString &path, const DemoOptions &options);

bool isDemoDatabase(const Database &db);

} // namespace opora::demo
