#include "widgets/common/ErrorMessage.h"

#include "core/Error.h"

#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace ga {

bool runGuarded(QWidget *parent, const QString &title, const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const ga::Error &e) {
        showError(parent, title, e.message());
    } catch (const std::exception &e) {
        spdlog::error("Unexpected error: {}", e.what());
        showError(parent, title, QString::fromUtf8(e.what()));
    }
    return false;
}

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace ga
