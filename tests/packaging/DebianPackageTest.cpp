#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kAppId = QStringLiteral(WEBHOOKSTUDIO_APP_ID);

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return { -1, QString::fromLocal8Bit(process.readAll()) + process.errorString() };
    return { process.exitCode(), QString::fromLocal8Bit(process.readAll()) };
}
} // namespace

// The Debian package as a user gets it: built by CPack from this build,
// unpacked into a throwaway root, and run from there. Its desktop entry and
// AppStream metadata pass the freedesktop validators.
class DebianPackageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dependsOnWhatItLinks();
    void holdsTheDesktopIntegration();
    void runsTheCliFromTheUnpackedRoot();
    void desktopEntryIsValid();
    void appStreamMetadataIsValid();

private:
    QString installed(const QString& relative) const { return m_root.filePath(relative); }

    QTemporaryDir m_work;
    QDir m_root;
    QString m_package;
};

void DebianPackageTest::initTestCase()
{
    QVERIFY(m_work.isValid());
    for (const char* tool : { "dpkg-deb", "dpkg-shlibdeps", "file" }) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            tool); // dpkg-dev and file, in scripts/packages-build.txt
    }
    const Run packed = run(QStringLiteral(WEBHOOKSTUDIO_CPACK),
        { u"-G"_s, u"DEB"_s, u"-B"_s, m_work.filePath(u"out"_s), u"--config"_s,
            QStringLiteral(WEBHOOKSTUDIO_BUILD_DIR) + u"/CPackConfig.cmake"_s },
        600000);
    QVERIFY2(packed.exitCode == 0, qPrintable(packed.out));
    const QStringList debs = QDir(m_work.filePath(u"out"_s)).entryList({ u"*.deb"_s });
    QCOMPARE(debs.size(), 1);
    m_package = m_work.filePath(u"out/"_s + debs.first());
    QVERIFY2(debs.first().startsWith(u"webhook-studio_0.1.0"_s), qPrintable(debs.first()));

    m_root.setPath(m_work.filePath(u"root"_s));
    const Run unpacked = run(u"dpkg-deb"_s, { u"-x"_s, m_package, m_root.path() });
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.out));
}

void DebianPackageTest::dependsOnWhatItLinks()
{
    const Run depends = run(u"dpkg-deb"_s, { u"-f"_s, m_package, u"Depends"_s });
    QCOMPARE(depends.exitCode, 0);
    // From dpkg-shlibdeps, with versions, plus the plugins Qt loads at run time.
    for (const QString& library : { u"libc6 (>="_s, u"libqt6core6"_s, u"libqt6widgets6"_s,
             u"libqt6network6"_s, u"libqt6keychain1"_s, u"qt6-qpa-plugins"_s }) {
        QVERIFY2(depends.out.contains(library), qPrintable(depends.out));
    }
}

void DebianPackageTest::holdsTheDesktopIntegration()
{
    const QStringList files {
        u"usr/bin/webhook-studio"_s,
        u"usr/bin/webhook-studio-cli"_s,
        u"usr/share/applications/"_s + kAppId + u".desktop"_s,
        u"usr/share/metainfo/"_s + kAppId + u".metainfo.xml"_s,
        u"usr/share/mime/packages/"_s + kAppId + u".xml"_s,
        u"usr/share/icons/hicolor/scalable/apps/"_s + kAppId + u".svg"_s,
        u"usr/share/icons/hicolor/48x48/apps/"_s + kAppId + u".png"_s,
        u"usr/share/icons/hicolor/256x256/apps/"_s + kAppId + u".png"_s,
        u"usr/share/webhook-studio/samples/winter-renewal.webhooks.json"_s,
    };
    for (const QString& file : files) {
        QVERIFY2(QFile::exists(installed(file)), qPrintable(file));
    }
    QVERIFY(QFileInfo(installed(u"usr/bin/webhook-studio-cli"_s)).isExecutable());
    // Nothing of the build or the tests comes along.
    QVERIFY(!QFile::exists(installed(u"usr/bin/MainWindowTest"_s)));
}

void DebianPackageTest::runsTheCliFromTheUnpackedRoot()
{
    const QString cli = installed(u"usr/bin/webhook-studio-cli"_s);
    const Run version = run(cli, { u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(u"0.1.0"_s), qPrintable(version.out));

    const Run validate = run(cli,
        { u"validate"_s,
            installed(u"usr/share/webhook-studio/samples/winter-renewal.webhooks.json"_s) });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out));
    QVERIFY2(validate.out.contains(u"1 file checked: 0 errors"_s), qPrintable(validate.out));
}

void DebianPackageTest::desktopEntryIsValid()
{
    const Run checked = run(u"desktop-file-validate"_s,
        { installed(u"usr/share/applications/"_s + kAppId + u".desktop"_s) });
    QVERIFY2(checked.exitCode == 0 && !checked.out.contains(u"error"_s), qPrintable(checked.out));
}

void DebianPackageTest::appStreamMetadataIsValid()
{
    const Run checked = run(u"appstreamcli"_s,
        { u"validate"_s, u"--no-net"_s,
            installed(u"usr/share/metainfo/"_s + kAppId + u".metainfo.xml"_s) });
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
}

QTEST_GUILESS_MAIN(DebianPackageTest)
#include "DebianPackageTest.moc"
