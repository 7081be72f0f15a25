#pragma once

#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/ImportResult.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ga {

class Importer;

// Imports a CSV file through one Importer (vehicles, fuel transactions): choose the file; see
// and override the detected encoding, delimiter and date format; map each field to a column
// (remembered per kind of import); map the values of choice columns that are not recognised
// (fuel names, categories in the supplier's words: remembered too); check a preview of the first
// rows as they will be read; run the import with a cancellable progress dialog; see what was
// imported, rejected and skipped as duplicate, and save the rejected rows as CSV.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Importer &importer, QWidget *parent = nullptr);

    // Opens `path` as if chosen in the file dialog (also for tests and screenshots).
    bool openFile(const QString &path);
    // The mapping as the dialog's controls set it.
    ColumnMapping mapping() const;
    // The last import's result (empty before one).
    const ImportResult &lastResult() const { return m_result; }
    // Runs the import; false when it failed or was cancelled. `quiet`: no message boxes.
    bool runImport(bool quiet = false);

signals:
    // Emitted after an import stored rows, so pages can refresh.
    void imported();

private:
    void chooseFile();
    void reload();          // re-reads the file with the chosen encoding / delimiter
    void fillFormatControls();
    void fillMappingTable(const ColumnMapping &initial);
    void updatePreview();
    void fillValueTable(); // the values of the mapped choice columns that need a mapping
    void setValueMapping(const QString &field, const QString &value, const QString &target);
    void rememberMapping() const;
    ColumnMapping rememberedMapping() const;
    void showResult();
    QString settingsKey() const;

    Importer &m_importer;
    QString m_path;
    CsvDocument m_doc;
    bool m_loaded = false;
    bool m_updating = false;
    ImportResult m_result;
    ColumnMapping m_values; // the value maps: remembered and chosen in the value table

    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QComboBox *m_dateCombo = nullptr;
    QComboBox *m_unitsCombo = nullptr;
    QComboBox *m_keyCombo = nullptr;
    QSpinBox *m_discountSpin = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_valueTable = nullptr;
    QLabel *m_valueHint = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace ga
