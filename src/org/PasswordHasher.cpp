#include "org/PasswordHasher.h"

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace ga {

namespace {

class PasswordHasherText
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static QString initFailed() { return tr("The password library could not be initialised."); }
    static QString hashFailed() { return tr("The password could not be hashed (out of memory)."); }
};

void ensureSodium()
{
    static const int rc = sodium_init();
    if (rc < 0)
        throw StorageError(PasswordHasherText::initFailed());
}

} // namespace

QString hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        throw StorageError(PasswordHasherText::hashFailed());
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

} // namespace ga
