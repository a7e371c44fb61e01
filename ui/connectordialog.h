// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/connector.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class RecordParser;
struct ParsedRecord;
class Workspace;

// Adds a connector or changes one: where it reads, and what its format needs (the cluster's name
// for Kubernetes, a JSON pointer per field for JSON lines, the address a receiver listens on, an HTTP
// poller's endpoint and secret). Test reads the first records with these settings and says what they
// would give, storing nothing.
class ConnectorDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectorDialog(Workspace& workspace, std::optional<Connector> existing, QWidget* parent = nullptr);

    QJsonObject settings() const;
    // Runs the test as the Test button does, and returns what it says.
    QString test();
    const Connector& saved() const { return m_saved; }

    void accept() override;

private:
    void formatChanged();
    QString testHttp(const RecordParser& parser);
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
};
