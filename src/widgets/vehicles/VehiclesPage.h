#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

class QTabWidget;

namespace ga {

class Services;

// The Vehicles navigation page: one tab per part of the module, addressed by key
// ("board", "trips", "ledger", "drivers", "alerts", "statistics").
class VehiclesPage : public Page
{
    Q_OBJECT
public:
    explicit VehiclesPage(Services &services, QWidget *parent = nullptr);

    void activate() override;
    QStringList subPageKeys() const override { return m_keys; }
    void showSubPage(const QString &key) override;
    QString currentSubPage() const override;
    void focusContent() override;

private:
    void addSubPage(const QString &key, const QString &title, QWidget *widget);

    Services &m_services;
    QTabWidget *m_tabs = nullptr;
    QStringList m_keys;
};

} // namespace ga
