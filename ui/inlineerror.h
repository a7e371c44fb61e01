// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

class QLabel;
class QWidget;

// The red line under a field that says what is wrong with it, as the person types.
namespace InlineError {
QLabel* create(QWidget* parent, const QString& objectName);
// Shows the error (or hides the label) and returns whether the value is valid.
bool show(QLabel* label, const Status& status);
} // namespace InlineError
