// A remembered column mapping read back from any JSON (QSettings and --mapping files hold it; a
// damaged or older one must not crash the import), and written again. A ValidationError that
// names what is wrong is an answer.
#include "FuzzSupport.h"

#include "core/Error.h"

#include "storage/csv/ColumnMapping.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ga::fuzz::init();
    const QJsonDocument json = QJsonDocument::fromJson(ga::fuzz::bytes(data, size));
    ga::ColumnMapping mapping;
    try {
        mapping = ga::ColumnMapping::fromJson(json.object());
    } catch (const ga::ValidationError &e) {
        if (e.message().isEmpty())
            __builtin_trap(); // a refusal says why
        return 0;
    }
    // What it writes, it reads back as the same mapping (never refused).
    const ga::ColumnMapping again = ga::ColumnMapping::fromJson(mapping.toJson());
    if (again.toJson() != mapping.toJson())
        __builtin_trap();
    return 0;
}
