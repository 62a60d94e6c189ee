// Runs the fuzz target without libFuzzer: every corpus file, then a fixed
// number of deterministic mutations of them. Part of the normal test suite.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: fuzz_replay CORPUS_DIR [MUTATIONS]\n");
        return 64;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const long mutations = argc > 2 ? std::atol(argv[2]) : 10000;
    QList<QByteArray> corpus;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.absoluteFilePath(name));
        if (f.open(QIODevice::ReadOnly))
            corpus << f.readAll();
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "fuzz_replay: no corpus files in %s\n", argv[1]);
        return 1;
    }
    for (const QByteArray &c : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(c.constData()), size_t(c.size()));
    // Hostile shapes no mutation reaches: brackets nested 100,000 deep after
    // the prefixes each reader cares about, and 8 MB lines.
    long hostile = 0;
    for (const char *prefix : { "", "x = ", "revision = ", "[tool.alembic]\nversion_locations = ", "[alembic]\nk = ",
                                "A=${A:-", "postgresql://u@h/d?" }) {
        for (const char *open : { "(", "[", "{", "${A:-", "%(a)s" }) {
            QByteArray s(prefix);
            for (int i = 0; i < 100000; ++i)
                s += open;
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
            ++hostile;
        }
        QByteArray line(prefix);
        line += QByteArray(8 << 20, 'a');
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(line.constData()), size_t(line.size()));
        ++hostile;
    }
    std::mt19937 rng(20261121);
    static const char alphabet[] = "'\"()[]{},=:#%$@?&/.\\\n\r\t rbuf_xyz0123456789\xc3\xa9\xff";
    for (long i = 0; i < mutations; ++i) {
        QByteArray s = corpus.at(int(rng() % quint32(corpus.size())));
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const int pos = s.isEmpty() ? 0 : int(rng() % quint32(s.size()));
            switch (rng() % 3) {
            case 0: s.insert(pos, alphabet[rng() % (sizeof(alphabet) - 1)]); break;
            case 1: if (!s.isEmpty()) s.remove(pos, 1 + int(rng() % 4)); break;
            default: if (!s.isEmpty()) s[pos] = alphabet[rng() % (sizeof(alphabet) - 1)]; break;
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    }
    std::printf("fuzz_replay: %lld corpus inputs, %ld hostile inputs and %ld mutations, no invariant broken\n",
                static_cast<long long>(corpus.size()), hostile, mutations);
    return 0;
}
