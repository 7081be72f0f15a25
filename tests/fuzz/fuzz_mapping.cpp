// A remembered column mapping read back from any JSON (QSettings holds it; a damaged or older
// one must not crash the import dialog), and written again.
#include "FuzzSupport.h"

#include "storage/csv/ColumnMapping.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ga::fuzz::init();
    const QJsonDocument json = QJsonDocument::fromJson(ga::fuzz::bytes(data, size));
    const ga::ColumnMapping mapping = ga::ColumnMapping::fromJson(json.object());
    const ga::ColumnMapping again = ga::ColumnMapping::fromJson(mapping.toJson());
    if (again.toJson() != mapping.toJson())
        __builtin_trap(); // written and read back, a mapping is the same
    return 0;
}
