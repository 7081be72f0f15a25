#pragma once

#include <QString>

namespace ga::vehicles {

// Chinese licence plates (机动车号牌) of official vehicles.
//
// Ordinary plate: province abbreviation + issuing-authority letter + '·' + 5 letters or digits,
// e.g. "宁A·12345". New-energy plate (新能源号牌): 6 characters after the '·' that start or end
// with D (battery electric) or F (other new energy), e.g. "宁A·D12345", "宁A·12345D".
// The letters I and O are never used (they read as 1 and 0).

// The canonical form of `text`: whitespace trimmed, full-width characters folded to ASCII,
// Latin letters upper-cased, and the separator (missing, a space, '.', '-', '•' or '·')
// replaced by one '·' after the second character. Invalid input is cleaned the same way and
// returned (so a message can show it); check it with isValidPlate().
QString normalisePlate(const QString &text);

// True when `text`, in any accepted input form, is a valid ordinary or new-energy plate.
bool isValidPlate(const QString &text);

// True when the (valid) plate is a new-energy plate.
bool isNewEnergyPlate(const QString &text);

} // namespace ga::vehicles
