#include "Command.h"

#include "CliContext.h"

#include <QRegularExpression>

namespace strata {

Command::Command(QString name, QString arguments, QString summary)
    : m_name(std::move(name)), m_arguments(std::move(arguments)), m_summary(std::move(summary))
{
}

QString Command::synopsis() const
{
    return m_arguments.isEmpty() ? m_name : m_name + QLatin1Char(' ') + m_arguments;
}

QString Command::help() const
{
    QString text = QStringLiteral("Usage: strata-cli [--project DIR] [--name SECTION] %1 [--json]\n\n%2\n")
                           .arg(synopsis(), m_summary);
    if (!m_options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const Option &o : m_options) {
            QString left = o.names.join(QStringLiteral(", "));
            if (!o.valueName.isEmpty())
                left += QLatin1Char(' ') + o.valueName;
            text += QStringLiteral("  %1  %2\n").arg(left.leftJustified(26), o.help);
        }
    }
    return text;
}

const Command::Option *Command::find(const QString &name) const
{
    for (const Option &o : m_options)
        if (o.names.contains(name))
            return &o;
    return nullptr;
}

bool Command::optionTakesValue(const QString &name) const
{
    const Option *o = find(name);
    return o && !o->valueName.isEmpty();
}

QString Command::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

bool Command::parse(const QStringList &args, CliContext &ctx, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const int eq = a.startsWith(QLatin1String("--")) ? int(a.indexOf(QLatin1Char('='))) : -1;
        const QString name = eq > 0 ? a.left(eq) : a;
        auto takeValue = [&](QString *dest) {
            if (eq > 0) {
                *dest = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("option %1 needs a value").arg(a);
                return false;
            }
            *dest = args.at(++i);
            return true;
        };
        if (takesRawArguments() && name != QLatin1String("-p") && name != QLatin1String("--project")
            && name != QLatin1String("--python") && name != QLatin1String("--alembic-version")) {
            // The verb parses these itself (--json is also noted globally).
            if (a == QLatin1String("--json"))
                ctx.json = true;
            m_raw << a;
            continue;
        }
        if (name == QLatin1String("-p") || name == QLatin1String("--project")) {
            if (!takeValue(&ctx.project))
                return false;
            ctx.projectGiven = true;
            if (takesRawArguments())
                m_raw << QStringLiteral("--project") << ctx.project;
            continue;
        }
        if (name == QLatin1String("-n") || name == QLatin1String("--name")) {
            if (!takeValue(&ctx.section))
                return false;
            continue;
        }
        if (name == QLatin1String("--python")) {
            if (!takeValue(&ctx.python))
                return false;
            continue;
        }
        if (name == QLatin1String("--alembic-version")) {
            if (!takeValue(&ctx.alembicVersion))
                return false;
            if (ctx.alembicVersion != QLatin1String("auto")
                && !QRegularExpression(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?[A-Za-z0-9.+-]*$")).match(ctx.alembicVersion).hasMatch()) {
                *error = QStringLiteral("--alembic-version wants a version such as 1.13.2, or auto, not '%1'")
                                 .arg(excerpt(ctx.alembicVersion));
                return false;
            }
            continue;
        }
        if (a == QLatin1String("--json")) {
            ctx.json = true;
            continue;
        }
        if (a == QLatin1String("--")) {
            m_positional << args.mid(i + 1);
            break;
        }
        if (const Option *o = find(name); o && a.startsWith(QLatin1Char('-'))) {
            const QString key = o->names.last();
            if (o->valueName.isEmpty()) {
                m_values[key] << QStringLiteral("1");
                continue;
            }
            QString v;
            if (!takeValue(&v))
                return false;
            if (o->repeatable)
                m_values[key] << v;
            else
                m_values[key] = QStringList { v };
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1 && !a.at(1).isDigit()) {
            // (a relative specifier such as -1 is a value, not an option)
            *error = QStringLiteral("unknown option %1 for %2").arg(a, m_name);
            return false;
        }
        m_positional << a;
    }
    return true;
}

} // namespace strata
