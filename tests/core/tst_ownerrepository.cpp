// SPDX-License-Identifier: Apache-2.0
#include "testworkspace.h"

#include <QTest>

class TestOwnerRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndRead();
    void emailIsUniqueIgnoringCase();
    void listIsOrdered();
    void agentCounts();
    void operatorsAndRoles();
};

void TestOwnerRepository::insertAndRead()
{
    TestWorkspace test;
    const Owner owner{0,
                      QStringLiteral("Ann Lee"),
                      QStringLiteral("ann@example.com"),
                      QStringLiteral("Payments"),
                      test.now()};
    auto id = test.workspace().owners().insert(owner);
    QVERIFY(id);
    auto read = test.workspace().owners().byId(id.value());
    QVERIFY(read);
    QCOMPARE(read->name, owner.name);
    QCOMPARE(read->email, owner.email);
    QCOMPARE(read->team, owner.team);
    QCOMPARE(read->createdAt, test.now());
    auto missing = test.workspace().owners().byId(999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestOwnerRepository::emailIsUniqueIgnoringCase()
{
    TestWorkspace test;
    test.addOwner(QStringLiteral("ann@example.com"));
    auto duplicate = test.service().addOwner(
        QStringLiteral("Ann Again"), QStringLiteral("ANN@example.com"), QStringLiteral("Ops"));
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);
    // The schema refuses it too, for writers that skip the service.
    auto raw = test.workspace().owners().insert(
        Owner{0, QStringLiteral("x"), QStringLiteral("ann@example.com"), QStringLiteral("t"), test.now()});
    QVERIFY(!raw);
    QVERIFY(test.workspace().owners().byEmail(QStringLiteral("Ann@Example.com")));
}

void TestOwnerRepository::listIsOrdered()
{
    TestWorkspace test;
    test.addOwner(QStringLiteral("zed@example.com"), QStringLiteral("Security"));
    test.addOwner(QStringLiteral("amy@example.com"), QStringLiteral("Security"));
    test.addOwner(QStringLiteral("bob@example.com"), QStringLiteral("Payments"));
    auto owners = test.workspace().owners().list();
    QVERIFY(owners);
    QCOMPARE(owners->size(), 3);
    QCOMPARE(owners->at(0).email, QStringLiteral("bob@example.com"));
    QCOMPARE(owners->at(1).email, QStringLiteral("amy@example.com"));
    QCOMPARE(owners->at(2).email, QStringLiteral("zed@example.com"));
}

void TestOwnerRepository::agentCounts()
{
    TestWorkspace test;
    const Owner ann = test.addOwner(QStringLiteral("ann@example.com"));
    const Owner bob = test.addOwner(QStringLiteral("bob@example.com"));
    test.addAgent(QStringLiteral("a1"), ann.id);
    test.addAgent(QStringLiteral("a2"), ann.id);
    test.addAgent(QStringLiteral("b1"), bob.id);
    auto counts = test.workspace().owners().agentCounts();
    QVERIFY(counts);
    QCOMPARE(counts->value(ann.id), 2);
    QCOMPARE(counts->value(bob.id), 1);
}

void TestOwnerRepository::operatorsAndRoles()
{
    TestWorkspace test;
    auto admin = test.workspace().operators().byUsername(QStringLiteral("tester"));
    QVERIFY2(admin, "the creator of a workspace becomes its first admin");
    QCOMPARE(admin->role, OperatorRole::Admin);
    auto id = test.workspace().operators().insert(Operator{
        0, QStringLiteral("viv"), QStringLiteral("Viv"), OperatorRole::Approver, test.now(), {}, {}, {}});
    QVERIFY(id);
    QVERIFY(!test.workspace().operators().insert(Operator{
        0, QStringLiteral("viv"), QStringLiteral("Viv 2"), OperatorRole::Viewer, test.now(), {}, {}, {}}));
    auto all = test.workspace().operators().list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(OperatorRepository::roleFromKey(QStringLiteral("approver")),
             std::optional(OperatorRole::Approver));
    QCOMPARE(OperatorRepository::roleFromKey(QStringLiteral("root")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestOwnerRepository)
#include "tst_ownerrepository.moc"
