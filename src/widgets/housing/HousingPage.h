#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

class QTabWidget;

namespace ga {
class OrgService;
}

namespace ga::housing {

class HousingService;

// The Housing navigation page (周转住房), one tab per part, addressed by key: "flats",
// "complexes", "applications", "queue", "tenancies", "rentroll", "arrears", "alerts".
class HousingPage : public Page
{
    Q_OBJECT
public:
    HousingPage(HousingService &housing, OrgService &org, QWidget *parent = nullptr);

    void activate() override;
    QStringList subPageKeys() const override { return m_keys; }
    void showSubPage(const QString &key) override;
    QString currentSubPage() const override;
    Page *subPage(const QString &key) const;

private:
    void addSubPage(const QString &key, const QString &title, Page *page);

    QTabWidget *m_tabs = nullptr;
    QStringList m_keys;
};

} // namespace ga::housing
