#pragma once

#include "core/Session.h"
#include "org/UserService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>
#include <optional>
#include <utility>

namespace ga {

class Services;

namespace demo {

// The two datasets of DESIGN.md: a city bureau for demonstrations and tests (small), and ten
// years of the whole autonomous region for benchmarks (region).
enum class Scale { Small, Region };

QString scaleKey(Scale scale);                          // "small", "region"
std::optional<Scale> scaleFromKey(const QString &key);

struct GenerateOptions
{
    Scale scale = Scale::Small;
    quint64 seed = 20261128;
    QDate referenceDate;     // "today" of the data; invalid: today by the services' clock
    QTime referenceTime;     // "now" on that day; invalid: 10:00 (keeps the data reproducible)
};

struct GenerateReport
{
    bool cancelled = false;
    qint64 departments = 0;
    qint64 staff = 0;
    qint64 buildings = 0;
    qint64 users = 0;
    qint64 vehicles = 0;
    qint64 drivers = 0;
    qint64 trips = 0;
    qint64 fuelTransactions = 0;
    qint64 maintenance = 0;
    qint64 inspections = 0;
    qint64 insurance = 0;
    qint64 violations = 0;
    qint64 accidents = 0;
    qint64 assignments = 0;
    qint64 energyMeters = 0;
    qint64 energyReadings = 0;
    qint64 rooms = 0;
    qint64 allocations = 0;
    qint64 lendings = 0;
    qint64 overStandardCases = 0;
    double orgSeconds = 0;
    double totalSeconds = 0;

    // (translated label, count) in a fixed order, for summaries.
    QList<std::pair<QString, qint64>> rows() const;
};

// Receives the current stage (translated) and the overall percent; returns false to cancel.
using GenerateProgress = std::function<bool(const QString &stage, int percent)>;

// The demo accounts generate() creates; each has the password kPassword.
inline constexpr const char *kAdminUser = "admin";
inline constexpr const char *kManagerUser = "manager";  // the demo login
inline constexpr const char *kClerkUser = "clerk";
inline constexpr const char *kStaffUser = "staff";
// A clerk of one agency (the staff user's): sees and changes that agency's records only.
inline constexpr const char *kAgencyClerkUser = "agency";
inline constexpr const char *kPassword = UserService::DemoPassword;

// Fills an empty store with deterministic demo or benchmark data (same seed and reference date:
// same data): organisation, buildings, demo users, vehicles, drivers, trips, fuel and vehicle
// files, the bureau's name, and one audit row 'generate' with the counts. Everything happens in
// one transaction: a cancel through `progress` or an error leaves the store as it was (the
// report then says cancelled). Throws ValidationError for a store that already holds
// organisation data.
GenerateReport generate(Services &services, const GenerateOptions &options,
                        const GenerateProgress &progress = {});

// The session context of a stored user (the demo login uses it); throws NotFoundError.
UserContext userContext(Services &services, const QString &username);

// Translated texts of this module.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

} // namespace demo
} // namespace ga
