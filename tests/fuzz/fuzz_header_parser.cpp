// libFuzzer entry point for the static revision header parser and the Python
// lexer. Build with the "fuzz" CMake preset (clang) and run `make fuzz`.
#include "revision/HeaderParser.h"
#include "text/PythonLexer.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const strata::RevisionScript s
            = strata::HeaderParser::parse(bytes, QStringLiteral("/fuzz/input.py"), QStringLiteral("input.py"));
    // Invariants: a revision always has a known string id; findings name the file.
    if (s.isRevision && s.revision.kind != strata::HeaderValue::Kind::String)
        __builtin_trap();
    for (const auto &f : s.findings)
        if (f.file.isEmpty())
            __builtin_trap();
    const QString text = QString::fromUtf8(bytes);
    const strata::Tokens tokens = strata::PythonLexer::tokenize(text);
    for (const strata::Token &t : tokens)
        if (t.start < 0 || t.length < 0 || t.start + t.length > text.size())
            __builtin_trap();
    return 0;
}
