<?php
/**
 * Inert test sample (webhunt): a nested execution strategy of a modular shell, a final class in a
 * namespace whose method runs its argument through backticks, braces around the variable.
 */
namespace Toolkit\Runner\Impl
{
    final class QuoteStrategy extends BaseStrategy
    {
        /** @param string $q */
        protected static function go(?string $q) : ?string
        {
            // the only statement
            return `{$q}`;
        }
    }
}
