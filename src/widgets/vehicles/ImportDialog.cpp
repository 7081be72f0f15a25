#include "widgets/vehicles/ImportDialog.h"

#include "core/Error.h"
#include "storage/csv/DateFormat.h"
#include "storage/csv/Importer.h"
#include "storage/csv/TextEncoding.h"
#include "widgets/common/ErrorMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ga {

namespace {
constexpr int kPreviewRows = 20;
const QColor kProblemColour(255, 224, 224);
const QColor kDuplicateColour(255, 246, 204);
} // namespace

ImportDialog::ImportDialog(Importer &importer, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import %1 from CSV").arg(importer.title()));
    const bool fuel = importer.kind() == QLatin1String("fuel");

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setToolTip(tr("Choose a CSV file exported from Excel or a fuel-card system"));
    auto *chooseButton = new QPushButton(tr("&Choose File…"), this);
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);

    m_encodingCombo = new QComboBox(this);
    for (const QString &e : supportedTextEncodings())
        m_encodingCombo->addItem(e == QLatin1String(kEncodingGb18030) ? tr("GB18030 (GBK)") : e, e);
    m_delimiterCombo = new QComboBox(this);
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
        m_delimiterCombo->addItem(csvDelimiterName(c), QString(c));
    m_dateCombo = new QComboBox(this);
    m_dateCombo->addItem(tr("Choose the date format…"), QString());
    for (const QString &f : DateTimeFormat::knownFormats())
        m_dateCombo->addItem(f, f);
    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setWordWrap(true);

    auto *formatBox = new QGroupBox(tr("File format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    auto *formatForm = new QFormLayout;
    formatLayout->addLayout(formatForm);
    formatForm->addRow(tr("&Encoding:"), m_encodingCombo);
    formatForm->addRow(tr("&Delimiter:"), m_delimiterCombo);
    formatForm->addRow(tr("Date &format:"), m_dateCombo);
    if (fuel) {
        m_unitsCombo = new QComboBox(this);
        m_unitsCombo->addItem(tr("Litres"), QStringLiteral("litres"));
        m_unitsCombo->addItem(tr("US gallons"), QStringLiteral("gallons"));
        m_keyCombo = new QComboBox(this);
        m_keyCombo->addItem(tr("Plate"), QStringLiteral("plate"));
        m_keyCombo->addItem(tr("Fleet number"), QStringLiteral("fleetNo"));
        m_keyCombo->addItem(tr("Fuel card number"), QStringLiteral("card"));
        m_discountSpin = new QSpinBox(this);
        m_discountSpin->setObjectName(QStringLiteral("discountSpin"));
        m_discountSpin->setRange(0, 50);
        m_discountSpin->setSuffix(QStringLiteral(" %"));
        m_discountSpin->setSpecialValueText(tr("none"));
        m_discountSpin->setToolTip(tr("When the file has no discount column: how far below "
                                      "quantity × unit price an amount paid may be"));
        formatForm->addRow(tr("&Quantities in:"), m_unitsCombo);
        formatForm->addRow(tr("Find &vehicles by:"), m_keyCombo);
        formatForm->addRow(tr("Dis&counts up to:"), m_discountSpin);
    }
    formatLayout->addWidget(m_detectedLabel);
    formatLayout->addStretch(1);

    m_mappingTable = new QTableWidget(0, 2, this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_valueTable = new QTableWidget(0, 4, this);
    m_valueTable->setObjectName(QStringLiteral("valueTable"));
    m_valueTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Value in the file"), tr("Rows"), tr("Import as")});
    m_valueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_valueTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_valueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_valueTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_valueTable->verticalHeader()->hide();
    m_valueTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_valueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_valueHint = new QLabel(this);
    m_valueHint->setWordWrap(true);
    auto *valuesPage = new QWidget(this);
    auto *valuesLayout = new QVBoxLayout(valuesPage);
    valuesLayout->addWidget(m_valueHint);
    valuesLayout->addWidget(m_valueTable, 1);

    auto *mappingTabs = new QTabWidget(this);
    mappingTabs->setObjectName(QStringLiteral("mappingTabs"));
    mappingTabs->addTab(m_mappingTable, tr("Columns (* required)"));
    mappingTabs->addTab(valuesPage, tr("Values"));
    auto *mappingBox = new QGroupBox(tr("Mapping"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(mappingTabs);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(formatBox);
    topLayout->addWidget(mappingBox, 1);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setWordWrap(false);
    auto *previewBox = new QGroupBox(tr("Preview of the first %1 rows, as they will be read")
                                         .arg(kPreviewRows),
                                     this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({380, 320});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("importStatus"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, [this] { runImport(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    const auto changedFormat = [this] {
        if (!m_updating)
            reload();
    };
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, changedFormat);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, changedFormat);
    const auto changedOption = [this] {
        if (!m_updating)
            updatePreview();
    };
    connect(m_dateCombo, &QComboBox::currentIndexChanged, this, changedOption);
    if (m_unitsCombo) {
        connect(m_unitsCombo, &QComboBox::currentIndexChanged, this, changedOption);
        connect(m_keyCombo, &QComboBox::currentIndexChanged, this, changedOption);
        connect(m_discountSpin, &QSpinBox::valueChanged, this, changedOption);
    }
    resize(1040, 780);
    m_values = rememberedMapping();
    fillMappingTable(m_values);
    fillValueTable();
    updatePreview();
}

QString ImportDialog::settingsKey() const
{
    return QStringLiteral("import/%1/mapping").arg(m_importer.kind());
}

ColumnMapping ImportDialog::rememberedMapping() const
{
    const QByteArray json = QSettings().value(settingsKey()).toByteArray();
    if (json.isEmpty())
        return {};
    try {
        return ColumnMapping::fromJson(QJsonDocument::fromJson(json).object());
    } catch (const ValidationError &) {
        return {};
    }
}

void ImportDialog::rememberMapping() const
{
    ColumnMapping m = mapping();
    m.encoding.clear(); // detected per file
    m.delimiter.clear();
    m.dateFormat.clear();
    QSettings().setValue(settingsKey(), QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
}

void ImportDialog::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("import/lastDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import %1").arg(m_importer.title()), dir,
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    openFile(path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_loaded = false;
    try {
        m_doc = CsvDocument::load(path);
        m_loaded = true;
    } catch (const Error &e) {
        showError(this, tr("Import"), e.message());
        updatePreview();
        return false;
    }
    fillFormatControls();
    // The remembered mapping wins where its columns exist in this file; the rest is guessed.
    ColumnMapping initial = ColumnMapping::guess(m_importer.fields(), m_doc.headers());
    const ColumnMapping remembered = rememberedMapping();
    for (const ImportField &f : m_importer.fields())
        if (remembered.columnOf(f.key, m_doc.headers()) >= 0)
            initial.setHeader(f.key, m_doc.headers().at(remembered.columnOf(f.key, m_doc.headers())));
    initial.units = remembered.units;
    initial.vehicleKey = remembered.vehicleKey;
    initial.maxDiscountPercent = remembered.maxDiscountPercent;
    fillMappingTable(initial);
    fillValueTable();
    updatePreview();
    return true;
}

void ImportDialog::reload()
{
    if (m_path.isEmpty())
        return;
    const ColumnMapping current = mapping();
    try {
        m_doc = CsvDocument::load(m_path, m_encodingCombo->currentData().toString(),
                                  m_delimiterCombo->currentData().toString().at(0));
        m_loaded = true;
    } catch (const Error &e) {
        m_loaded = false;
        showError(this, tr("Import"), e.message());
    }
    fillMappingTable(current);
    fillValueTable();
    updatePreview();
}

void ImportDialog::fillFormatControls()
{
    m_updating = true;
    m_encodingCombo->setCurrentIndex(m_encodingCombo->findData(m_doc.encoding()));
    m_delimiterCombo->setCurrentIndex(m_delimiterCombo->findData(QString(m_doc.delimiter())));
    const DateFormatGuess guess = m_importer.guessDateFormat(
        m_doc, ColumnMapping::guess(m_importer.fields(), m_doc.headers()));
    m_dateCombo->setCurrentIndex(guess.isOk() ? std::max(0, m_dateCombo->findData(guess.format)) : 0);
    m_detectedLabel->setText(
        tr("Detected: %1, %2, dates %3.")
            .arg(m_doc.encoding(), csvDelimiterName(m_doc.delimiter()),
                 guess.isOk() ? guess.format : tr("not decided")));
    m_updating = false;
}

void ImportDialog::fillMappingTable(const ColumnMapping &initial)
{
    m_updating = true;
    const QList<ImportField> fields = m_importer.fields();
    const QStringList headers = m_loaded ? m_doc.headers() : QStringList();
    m_mappingTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField &f = fields.at(row);
        auto *label = new QTableWidgetItem(f.required ? f.label + QStringLiteral(" *") : f.label);
        label->setData(Qt::UserRole, f.key);
        label->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(row, 0, label);
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
        if (!combo) {
            combo = new QComboBox(m_mappingTable);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                if (m_updating)
                    return;
                fillValueTable();
                updatePreview();
            });
            m_mappingTable->setCellWidget(row, 1, combo);
        }
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < headers.size(); ++c)
            combo->addItem(headers.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : headers.at(c), c);
        combo->setCurrentIndex(combo->findData(initial.columnOf(f.key, headers)));
    }
    if (m_unitsCombo) {
        m_unitsCombo->setCurrentIndex(std::max(0, m_unitsCombo->findData(initial.units)));
        const QString key = initial.vehicleKey.isEmpty()
                                ? QStringLiteral("plate")
                                : initial.vehicleKey;
        int keyIndex = m_keyCombo->findData(key);
        if (initial.vehicleKey.isEmpty()) {
            // Default to the first identifying column the file has.
            for (const char *k : {"plate", "fleetNo", "card"})
                if (initial.columnOf(QLatin1String(k), headers) >= 0) {
                    keyIndex = m_keyCombo->findData(QLatin1String(k));
                    break;
                }
        }
        m_keyCombo->setCurrentIndex(std::max(0, keyIndex));
        m_discountSpin->setValue(initial.maxDiscountPercent);
    }
    m_updating = false;
}

void ImportDialog::setValueMapping(const QString &field, const QString &value,
                                   const QString &target)
{
    m_values.setValue(field, value, target);
    updatePreview();
}

void ImportDialog::fillValueTable()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_valueTable->setRowCount(0);
    int unresolved = 0;
    if (m_loaded) {
        const ColumnMapping columns = mapping();
        for (const ImportField &f : m_importer.fields()) {
            if (f.type != FieldType::Choice)
                continue;
            for (const ValueCount &v : m_importer.distinctValues(m_doc, columns, f.key)) {
                if (!v.recognised.isEmpty())
                    continue; // the importer knows it
                const QString chosen = m_values.mappedValue(f.key, v.value);
                if (chosen.isEmpty())
                    ++unresolved;
                const int row = m_valueTable->rowCount();
                m_valueTable->insertRow(row);
                auto *label = new QTableWidgetItem(f.label);
                label->setData(Qt::UserRole, f.key);
                m_valueTable->setItem(row, 0, label);
                m_valueTable->setItem(row, 1, new QTableWidgetItem(v.value));
                auto *count = new QTableWidgetItem(QLocale().toString(v.count));
                count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_valueTable->setItem(row, 2, count);
                auto *combo = new QComboBox(m_valueTable);
                combo->addItem(tr("(not recognised: rows rejected)"), QString());
                for (const ImportChoice &c : f.choices)
                    combo->addItem(c.label, c.key);
                combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
                const QString field = f.key;
                const QString value = v.value;
                connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field, value] {
                    if (!m_updating)
                        setValueMapping(field, value, combo->currentData().toString());
                });
                m_valueTable->setCellWidget(row, 3, combo);
            }
        }
    }
    m_valueHint->setText(
        m_valueTable->rowCount() == 0
            ? tr("Every value of the mapped choice columns is recognised.")
            : tr("%n value(s) are not recognised by the importer; choose what each stands for, "
                 "or leave it to reject its rows. The choices are remembered for the next file.",
                 nullptr, m_valueTable->rowCount())
                + (unresolved > 0
                       ? QLatin1Char(' ') + tr("%n still to choose.", nullptr, unresolved)
                       : QString()));
    m_updating = wasUpdating;
}

ColumnMapping ImportDialog::mapping() const
{
    ColumnMapping m;
    const QStringList headers = m_loaded ? m_doc.headers() : QStringList();
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const QString key = m_mappingTable->item(row, 0)->data(Qt::UserRole).toString();
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column < 0)
            continue;
        // By name when the header names the column uniquely, else by position.
        const QString header = headers.value(column);
        if (!header.isEmpty() && headers.count(header) == 1)
            m.setHeader(key, header);
        else
            m.setIndex(key, column);
    }
    if (m_loaded) {
        m.encoding = m_encodingCombo->currentData().toString();
        m.delimiter = m_delimiterCombo->currentData().toString();
    }
    m.dateFormat = m_dateCombo->currentData().toString();
    if (m_unitsCombo) {
        m.units = m_unitsCombo->currentData().toString();
        m.vehicleKey = m_keyCombo->currentData().toString();
        m.maxDiscountPercent = m_discountSpin->value();
    }
    for (const QString &field : m_values.valueMappedFields())
        m.setValueMap(field, m_values.valueMap(field));
    return m;
}

void ImportDialog::updatePreview()
{
    const QList<ImportField> fields = m_importer.fields();
    QStringList headers{tr("Line"), tr("Problem")};
    for (const ImportField &f : fields)
        headers << f.label;
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setRowCount(0);
    if (!m_loaded) {
        m_statusLabel->setText(m_path.isEmpty() ? tr("Choose a file to import.") : QString());
        m_importButton->setEnabled(false);
        return;
    }
    const ColumnMapping m = mapping();
    QStringList problems;
    const QStringList missing = ColumnMapping::missingRequired(fields, m, m_doc.headers());
    if (!missing.isEmpty())
        problems << tr("Choose a column for: %1.").arg(missing.join(QStringLiteral(", ")));
    const int dateColumn = m.columnOf(m_importer.dateField(), m_doc.headers());
    bool dateUndecided = false;
    if (m.dateFormat.isEmpty() && dateColumn >= 0 && !m_doc.sampleColumn(dateColumn, 1).isEmpty()) {
        const DateFormatGuess guess = m_importer.guessDateFormat(m_doc, m);
        dateUndecided = !guess.isOk();
        if (dateUndecided)
            problems << guess.error;
    }
    if (!m_doc.decodedCleanly())
        problems << tr("Some characters are not valid %1: try another encoding.").arg(m_doc.encoding());

    QList<PreviewRow> rows;
    try {
        rows = m_importer.preview(m_doc, m, kPreviewRows);
    } catch (const Error &e) {
        problems << e.message();
    }
    m_previewTable->setRowCount(int(rows.size()));
    int bad = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const PreviewRow &p = rows.at(r);
        QStringList cells{QString::number(p.line), p.problem};
        cells << p.values;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!p.problem.isEmpty())
                item->setBackground(p.duplicate ? kDuplicateColour : kProblemColour);
            if (c == 1)
                item->setToolTip(p.problem);
            m_previewTable->setItem(r, c, item);
        }
        if (!p.problem.isEmpty() && !p.duplicate)
            ++bad;
    }
    m_previewTable->resizeColumnsToContents();
    if (m_previewTable->columnWidth(1) > 360)
        m_previewTable->setColumnWidth(1, 360);
    const bool blocking = !missing.isEmpty() || dateUndecided;
    if (problems.isEmpty())
        problems << tr("About %n row(s) to import.", nullptr, int(m_doc.approximateRowCount()))
                        + QLatin1Char(' ')
                        + tr("%1 of the first %n row(s) will be rejected.", nullptr, int(rows.size()))
                              .arg(bad);
    m_statusLabel->setText(problems.join(QLatin1Char('\n')));
    m_importButton->setEnabled(!blocking && !rows.isEmpty());
}

bool ImportDialog::runImport(bool quiet)
{
    if (!m_loaded)
        return false;
    ImportOptions options;
    options.mapping = mapping();
    if (options.mapping.dateFormat.isEmpty()) {
        const DateFormatGuess guess = m_importer.guessDateFormat(m_doc, options.mapping);
        if (guess.isOk())
            options.mapping.dateFormat = guess.format;
    }
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"),
                             0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(std::min<qint64>(done * 1000 / total, 1000)) : 0);
        return !progress.wasCanceled();
    };
    const auto action = [&] { m_result = m_importer.importDocument(m_doc, options); };
    if (quiet) {
        try {
            action();
        } catch (const Error &e) {
            m_statusLabel->setText(e.message());
            return false;
        }
    } else if (!runGuarded(this, tr("Import"), action)) {
        return false;
    }
    progress.reset();
    rememberMapping();
    if (m_result.accepted > 0)
        emit imported();
    // The preview now shows the stored rows as duplicates; the status keeps the result.
    updatePreview();
    m_statusLabel->setText(m_result.rejected.isEmpty() ? m_result.summary()
                                                       : m_result.summary() + QLatin1Char('\n')
                                   + m_result.rejectsReport(4));
    if (!quiet)
        showResult();
    return !m_result.cancelled;
}

void ImportDialog::showResult()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Import finished"));
    box.setIcon(m_result.cancelled ? QMessageBox::Warning : QMessageBox::Information);
    box.setText(m_result.summary());
    if (!m_result.rejected.isEmpty())
        box.setInformativeText(tr("Rejected rows by reason:") + QLatin1Char('\n')
                               + m_result.rejectsReport(8));
    QPushButton *save = nullptr;
    if (!m_result.rejected.isEmpty())
        save = box.addButton(tr("&Save Rejects Report…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (save && box.clickedButton() == save) {
        const QString suggested = QFileInfo(m_path).absoluteDir().filePath(
            QFileInfo(m_path).completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejects Report"), suggested,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            runGuarded(this, tr("Save Rejects Report"), [&] { m_result.writeRejectsCsv(path); });
    }
}

} // namespace ga
