#include "vehicles/Plate.h"

namespace ga::vehicles {

namespace {

const QString &provinces()
{
    // The 31 provincial-level abbreviations used on plates.
    static const QString p
        = QStringLiteral("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    return p;
}

bool isPlateLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('I')
           && c != QLatin1Char('O');
}

bool isPlateChar(QChar c)
{
    return isPlateLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QChar(0x00B7) || c == QChar(0x2022) || c == QChar(0x30FB)
           || c == QChar(0x2027) || c == QLatin1Char('.') || c == QLatin1Char('-');
}

bool isNewEnergyMark(QChar c)
{
    return c == QLatin1Char('D') || c == QLatin1Char('F');
}

} // namespace

QString normalisePlate(const QString &text)
{
    // NFKC folds full-width letters and digits (Ａ１) to ASCII; the middle dot survives it.
    const QString folded = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString compact;
    compact.reserve(folded.size());
    for (QChar c : folded) {
        if (isSeparator(c))
            continue;
        compact += c.toUpper();
    }
    if (compact.size() < 3)
        return compact;
    return compact.left(2) + QChar(0x00B7) + compact.mid(2);
}

bool isValidPlate(const QString &text)
{
    const QString plate = normalisePlate(text);
    if (plate.size() != 8 && plate.size() != 9)
        return false;
    if (!provinces().contains(plate.at(0)) || !isPlateLetter(plate.at(1)))
        return false;
    const QString serial = plate.mid(3);
    for (QChar c : serial)
        if (!isPlateChar(c))
            return false;
    if (serial.size() == 6)
        return isNewEnergyMark(serial.front()) || isNewEnergyMark(serial.back());
    return true;
}

bool isNewEnergyPlate(const QString &text)
{
    const QString plate = normalisePlate(text);
    return isValidPlate(plate) && plate.size() == 9;
}

} // namespace ga::vehicles
