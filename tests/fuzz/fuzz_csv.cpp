// The CSV reader over any bytes: encoding and delimiter detection, the header, every data row,
// samples and the approximate row count; a ValidationError (empty, unreadable) is an answer.
#include "FuzzSupport.h"

#include "core/Error.h"
#include "storage/csv/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ga::fuzz::init();
    try {
        const ga::CsvDocument doc = ga::CsvDocument::fromBytes(ga::fuzz::bytes(data, size));
        ga::CsvReader reader = doc.dataReader();
        QStringList row;
        qint64 rows = 0;
        while (reader.readRow(row))
            ++rows;
        if (rows > doc.approximateRowCount() + 1)
            __builtin_trap(); // the progress total must bound the rows
        doc.sampleRows(20);
        if (!doc.headers().isEmpty())
            doc.sampleColumn(int(doc.headers().size()) - 1, 20);
    } catch (const ga::Error &) {
    }
    return 0;
}
