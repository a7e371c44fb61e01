// SPDX-License-Identifier: Apache-2.0
#include "inlineerror.h"

#include "theme.h"

#include <QLabel>

namespace InlineError {

QLabel* create(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    label->setPalette(palette);
    return label;
}

bool show(QLabel* label, const Status& status)
{
    label->setText(status ? QString() : status.error().message);
    label->setVisible(!status);
    return status.ok();
}

} // namespace InlineError
