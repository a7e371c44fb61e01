// SPDX-License-Identifier: Apache-2.0
#include "auditentry.h"

#include "crypto/canonicaljson.h"

namespace {

void appendDigits(QByteArray& out, qint64 value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// "YYYY-MM-DDTHH:MM:SS.mmmZ", as Qt::ISODateWithMs writes a UTC time, without QDateTime's
// time-zone machinery (days to civil date after Howard Hinnant's algorithm).
void appendTimestamp(QByteArray& out, qint64 msecs)
{
    qint64 days = msecs >= 0 ? msecs / 86'400'000 : (msecs - 86'399'999) / 86'400'000;
    const qint64 dayMs = msecs - days * 86'400'000;
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    out += '"';
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, dayMs / 3'600'000, 2);
    out += ':';
    appendDigits(out, dayMs / 60'000 % 60, 2);
    out += ':';
    appendDigits(out, dayMs / 1000 % 60, 2);
    out += '.';
    appendDigits(out, dayMs % 1000, 3);
    out += "Z\"";
}

} // namespace

QByteArray AuditEntry::canonical(const QString& trustDomain) const
{
    // Written member by member in RFC 8785 order (keys sorted, no whitespace): verifying a
    // million entries builds this a million times, and a QJsonObject per entry costs more than
    // the hashing. tst_audittrail checks it equals CanonicalJson::serialize of the same object.
    QByteArray out;
    out.reserve(512 + payloadDigest.size());
    out += "{\"action\":";
    out += CanonicalJson::string(action);
    out += ",\"at\":";
    appendTimestamp(out, at.toMSecsSinceEpoch());
    out += ",\"key_id\":";
    out += CanonicalJson::string(keyId);
    out += ",\"object\":{\"id\":";
    out += CanonicalJson::string(objectId);
    out += ",\"type\":";
    out += CanonicalJson::string(objectType);
    out += "},\"operator\":";
    out += CanonicalJson::string(operatorName);
    out += ",\"payload_digest\":";
    out += CanonicalJson::string(payloadDigest);
    out += ",\"previous_hash\":";
    out += CanonicalJson::string(previousHash);
    out += ",\"sequence\":";
    out += QByteArray::number(sequence);
    out += ",\"workspace\":";
    out += CanonicalJson::string(trustDomain);
    out += '}';
    return out;
}
