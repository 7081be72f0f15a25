#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace ga {

// Number parsing for imported cells, exact (no floating point): "1,234.5" (thousands commas,
// full-width digits and commas, surrounding blanks and a '+' allowed). `decimals` is the scale of
// the result: parseScaled("12.3456", 3) == 12346 (rounded half away from zero).
std::optional<qint64> parseScaled(QStringView text, int decimals);

// A whole number; a fraction is rounded ("12345.6" → 12346).
inline std::optional<qint64> parseWholeNumber(QStringView text)
{
    return parseScaled(text, 0);
}

} // namespace ga
