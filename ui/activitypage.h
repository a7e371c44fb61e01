// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "activity/eventexporter.h"
#include "model/eventfilter.h"
#include "model/eventquery.h"

#include <QWidget>

class ActivityChartsView;
class ActivityTableModel;
class QDateTimeEdit;
class QTabWidget;
class EventExportJob;
class QProgressDialog;
class QToolButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;
struct Event;

// What agents did: the activity timeline, newest first, with filters; the selected event's
// fields and raw record; and the trace it belongs to, as a tree from the agent's invocation down
// through its model and tool calls, which can be walked event by event.
class ActivityPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(Workspace& workspace, QWidget* parent = nullptr);

    ActivityTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTreeWidget* traceTree() const { return m_trace; }
    QTextBrowser* detail() const { return m_detail; }
    ActivityChartsView* charts() const { return m_charts; }
    QTabWidget* views() const { return m_views; }
    void reload();
    // The filter bar as a person set it, and setting it (which applies it).
    EventFilter filter() const;
    void setFilter(const EventFilter& filter);
    // Saved filters: applying one by name, and saving the current one under a name.
    Status applySaved(const QString& name);
    Status saveFilter(const QString& name);
    // One agent's timeline: the agent filter set to it, the others as they were.
    void showAgent(const QString& name);
    // Writes the filtered timeline, or only the selected event's trace, to a file in the background;
    // exportFinished() tells how it ended.
    void exportTo(const QString& path, EventExporter::Format format, bool traceOnly);
    // Connectors stored events: in live mode the newest appear on top, and the view stays at the
    // top unless the person scrolled away from it.
    void eventsStored();
    QToolButton* liveButton() const { return m_live; }

Q_SIGNALS:
    void exportFinished(qint64 written, const QString& error);

private:
    void applyFilters();
    void pageLoaded(const QString& error);
    void loadingChanged(bool loading);
    void showSelected();
    void showEventDetail(const Event& event);
    void showTrace(const Event& event);
    void openTraceItem(QTreeWidgetItem* item);
    void chooseExport(bool traceOnly);
    void showNewer();
    void fillOwners();
    void fillSavedMenu();
    void askToSave();
    void askToDelete(const QString& name);
    void rangeChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Workspace& m_workspace;
    ActivityTableModel* m_model;
    QLineEdit* m_text;
    EventFilter m_loadedSearch; // the text and attributes of the filter last put in the fields
    QLineEdit* m_agent;
    QComboBox* m_outcome;
    QComboBox* m_source;
    QComboBox* m_owner;
    QComboBox* m_action;
    QLineEdit* m_resource;
    QComboBox* m_range;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QToolButton* m_saved;
    QTabWidget* m_views;
    ActivityChartsView* m_charts;
    QLabel* m_status;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QTreeWidget* m_trace;
    QTimer* m_debounce;
    QToolButton* m_export;
    QToolButton* m_live;
    QTimer* m_liveTimer;
    EventExportJob* m_job = nullptr;
    QProgressDialog* m_progress = nullptr;
    bool m_awaitingFirstPage = false;
    QString m_notice; // why the timeline is empty, when it is not for want of events
};
