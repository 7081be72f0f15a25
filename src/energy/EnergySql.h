#pragma once

#include "energy/EnergyTypes.h"

namespace ga {
class Query;
}

// SQL pieces the energy repositories share (not a public API).
namespace ga::energy::sql {

// The columns of a meter under alias `m`, in the order readMeter() takes them.
QString meterColumns();
constexpr int kMeterColumnCount = 13;
Meter readMeter(const Query &q);

} // namespace ga::energy::sql
