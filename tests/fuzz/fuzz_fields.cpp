// The cell parsers every importer's row validation uses: scaled numbers, whole numbers, money in
// yuan, and the plate rules of the vehicle ledger.
#include "FuzzSupport.h"

#include "core/Money.h"
#include "storage/csv/FieldParsers.h"
#include "vehicles/Plate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ga::fuzz::init();
    const QString text = QString::fromUtf8(ga::fuzz::bytes(data, size));
    for (int decimals = 0; decimals <= 3; ++decimals)
        ga::parseScaled(text, decimals);
    ga::parseWholeNumber(text);
    ga::Money::parse(text);
    const QString plate = ga::vehicles::normalisePlate(text);
    if (ga::vehicles::isValidPlate(plate) && ga::vehicles::normalisePlate(plate) != plate)
        __builtin_trap(); // a normalised valid plate stays as it is
    ga::vehicles::isNewEnergyPlate(plate);
    return 0;
}
