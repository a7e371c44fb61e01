// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/connector.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QThread;
class RecordParser;
struct ParsedRecord;
class Workspace;

// Adds a connector or changes one: where it reads, and what its format needs (the cluster's name
// for Kubernetes, a JSON pointer per field for JSON lines, the address a receiver listens on, an HTTP
// poller's endpoint and secret). Test reads the first records with these settings and says what they
// would give, storing nothing. An endpoint is asked on a thread of its own, so a slow one leaves the
// dialog free and the test can be stopped.
class ConnectorDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectorDialog(Workspace& workspace, std::optional<Connector> existing, QWidget* parent = nullptr);
    ~ConnectorDialog() override;

    QJsonObject settings() const;
    // Runs the test as the Test button does. Files are read at once; an HTTP endpoint is asked in the
    // background, and testFinished() says what came of it either way.
    void test();
    // Ends a test of an endpoint that is still waiting.
    void stopTest();
    bool testing() const { return m_testThread != nullptr; }
    const Connector& saved() const { return m_saved; }

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    void testFinished(const QString& result);

private:
    void formatChanged();
    QString testFiles(const RecordParser& parser);
    void startHttpTest(std::unique_ptr<RecordParser> parser);
    void httpTestFinished(const QString& result);
    void showTestResult(const QString& result);
    QString describeSample(const ParsedRecord& sample) const;
    void browse(bool folder);

    Workspace& m_workspace;
    std::optional<Connector> m_existing;
    Connector m_saved;
    QLineEdit* m_name;
    QComboBox* m_format;
    QLineEdit* m_path;
    QLabel* m_pathLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QStackedWidget* m_options;
    QLineEdit* m_cluster;
    QCheckBox* m_receiver;
    QLineEdit* m_address;
    QSpinBox* m_port;
    QList<QLineEdit*> m_pointers; // one per JSON lines field
    QComboBox* m_principalKind;
    // An HTTP poller's endpoint, paging, authentication and secret.
    struct HttpFields
    {
        QLineEdit* url;
        QComboBox* recordFormat;
        QLineEdit* records;
        QLineEdit* next;
        QLineEdit* cursorParam;
        QComboBox* auth;
        QLineEdit* tokenUrl;
        QLineEdit* clientId;
        QLineEdit* scope;
        QLineEdit* caFile;
        QSpinBox* interval;
        QLineEdit* secret;
        QComboBox* store;
    } m_http;
    QWidget* httpOptions();
    QLabel* m_result;
    QLabel* m_error;
    QPushButton* m_testButton = nullptr;
    QThread* m_testThread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_testStop;
};
