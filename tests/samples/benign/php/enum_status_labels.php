<?php
// Backed enums for order states; the request picks a state by its value and only labels are printed.
enum Status: string
{
    case Open = 'open';
    case Closed = 'closed';
    public function label(): string
    {
        return ucfirst($this->value);
    }
}
$state = Status::tryFrom($_GET['state'] ?? '') ?? Status::Open;
echo htmlspecialchars($state->label()), ' (', Status::Closed->name, ')';
