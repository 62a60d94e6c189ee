#include "Result.h"

namespace strata {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Config: return QStringLiteral("config");
    case ErrorCode::Parse: return QStringLiteral("parse");
    case ErrorCode::Decode: return QStringLiteral("decode");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Ambiguous: return QStringLiteral("ambiguous");
    case ErrorCode::MultipleHeads: return QStringLiteral("multiple-heads");
    case ErrorCode::Cycle: return QStringLiteral("cycle");
    case ErrorCode::RangeNotAncestor: return QStringLiteral("range-not-ancestor");
    case ErrorCode::Resolution: return QStringLiteral("resolution");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + message;
}

} // namespace strata
