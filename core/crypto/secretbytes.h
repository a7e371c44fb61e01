// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "digest.h"

#include <QByteArray>
#include <QByteArrayView>

// A passphrase or other secret that overwrites itself when it goes out of scope, on every path:
// callers cannot forget to scrub it. Move-only, so no second copy is made by accident.
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    ~SecretBytes() { Digest::scrub(m_bytes); }
    SecretBytes(SecretBytes&& other) noexcept
        : m_bytes(std::exchange(other.m_bytes, QByteArray()))
    {
    }
    SecretBytes& operator=(SecretBytes&& other) noexcept
    {
        Digest::scrub(m_bytes);
        m_bytes = std::exchange(other.m_bytes, QByteArray());
        return *this;
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    QByteArrayView view() const { return m_bytes; }
    operator QByteArrayView() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
