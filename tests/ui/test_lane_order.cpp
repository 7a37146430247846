// The Sequence view's lane order: each move is checked against the plain vector the scene
// used before (find, erase, insert), over a long random run of moves, and the rebuilt list
// follows every change, including one made after it was read.
#include "ui/pictures/lane_order.h"

#include <QtTest>

#include <algorithm>
#include <random>
#include <vector>

using spg::ui::LaneOrder;

namespace {

// The reference: the vector the scene kept, moved by walks.
void referenceRightOf(std::vector<int>& order, int lane, int anchor)
{
    order.erase(std::find(order.begin(), order.end(), lane));
    order.insert(std::find(order.begin(), order.end(), anchor) + 1, lane);
}

void referenceLeftOf(std::vector<int>& order, int lane, int anchor)
{
    order.erase(std::find(order.begin(), order.end(), lane));
    order.insert(std::find(order.begin(), order.end(), anchor), lane);
}

} // namespace

class TestLaneOrder : public QObject {
    Q_OBJECT

private slots:
    void movesBesideTheirAnchor()
    {
        LaneOrder order;
        for (int lane = 0; lane < 4; ++lane)
            order.append(lane);
        QCOMPARE(order.leftToRight(), (std::vector<int> { 0, 1, 2, 3 }));
        order.placeRightOf(0, 3); // the head to the tail
        QCOMPARE(order.leftToRight(), (std::vector<int> { 1, 2, 3, 0 }));
        order.placeLeftOf(0, 1); // and back to the head
        QCOMPARE(order.leftToRight(), (std::vector<int> { 0, 1, 2, 3 }));
        order.placeRightOf(1, 2);
        order.placeLeftOf(3, 0);
        QCOMPARE(order.leftToRight(), (std::vector<int> { 3, 0, 2, 1 }));
        order.placeRightOf(2, 2); // beside itself: nothing moves
        QCOMPARE(order.leftToRight(), (std::vector<int> { 3, 0, 2, 1 }));
        order.append(4);
        QCOMPARE(order.leftToRight(), (std::vector<int> { 3, 0, 2, 1, 4 }));
        QCOMPARE(order.size(), std::size_t(5));
        order.clear();
        QVERIFY(order.leftToRight().empty());
    }

    void matchesTheVectorItReplaces()
    {
        std::mt19937 random(12345);
        LaneOrder order;
        std::vector<int> reference;
        for (int step = 0; step < 20000; ++step) {
            const int lanes = int(reference.size());
            const int what = lanes < 2 ? 0 : int(random() % 4);
            if (what == 0) {
                order.append(lanes);
                reference.push_back(lanes);
            } else {
                const int lane = int(random() % unsigned(lanes));
                const int anchor = int(random() % unsigned(lanes));
                if (lane == anchor)
                    continue;
                if (what == 1) {
                    order.placeLeftOf(lane, anchor);
                    referenceLeftOf(reference, lane, anchor);
                } else {
                    order.placeRightOf(lane, anchor);
                    referenceRightOf(reference, lane, anchor);
                }
            }
            if (step % 97 == 0 || step > 19900)
                QCOMPARE(order.leftToRight(), reference);
        }
        QCOMPARE(order.leftToRight(), reference);
    }
};

QTEST_APPLESS_MAIN(TestLaneOrder)
#include "test_lane_order.moc"
