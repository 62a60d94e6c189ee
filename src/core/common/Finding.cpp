#include "Finding.h"

namespace strata {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString Finding::location() const
{
    if (file.isEmpty())
        return {};
    return line > 0 ? file + QLatin1Char(':') + QString::number(line) : file;
}

} // namespace strata
